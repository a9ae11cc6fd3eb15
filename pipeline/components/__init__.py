"""spaCy components of the minutes pipeline. Importing this package registers every factory."""
from . import acts, commitments, deadlines, entities, line_breaks, participants, speakers, structure  # noqa: F401
