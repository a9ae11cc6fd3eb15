"""council-minutes: who promised what, to whom, by when — from council meeting minutes.

Public API::

    import pipeline
    nlp = pipeline.load()                       # the assembled spaCy pipeline (configs/minutes.cfg)
    record = pipeline.extract("minutes.pdf", nlp)   # one record, as in the output contract
"""
from .errors import IngestError, MinutesError

__version__ = "0.1.0"
__all__ = ["load", "extract", "extract_text", "MinutesError", "IngestError", "__version__"]


def load(config_path=None, overrides=None):
    """Build the extraction pipeline. Imported lazily so `import pipeline` stays cheap."""
    from .nlp import load_pipeline

    return load_pipeline(config_path, overrides=overrides)


def extract(path, nlp=None):
    """Read one document and return its meeting record (a dict following records.md)."""
    from .extraction import extract_file

    return extract_file(path, nlp if nlp is not None else load())


def extract_text(text, nlp=None, *, source="<text>"):
    """Run the pipeline over already-normalised text and return its meeting record."""
    from .extraction import extract_document
    from .ingest import Document

    doc = Document(source=source, format="txt", text=text, encoding=None, pages=None)
    return extract_document(doc, nlp if nlp is not None else load())
