"""Document structure: meeting metadata, participants (and, from another module, sections).

Only this package's own modules are imported here, lazily tolerant of siblings being absent.
"""
from .meeting import MeetingInfo, parse_meeting_info
from .participants import KINDS, Participant, ParticipantRegistry, find_participants, kind_for_role

__all__ = [
    "KINDS",
    "MeetingInfo",
    "Participant",
    "ParticipantRegistry",
    "find_participants",
    "kind_for_role",
    "parse_meeting_info",
]
