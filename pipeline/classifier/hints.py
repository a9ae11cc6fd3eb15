"""What the rules already know about an utterance, written as words the classifier reads.

The classifier sees, before the sentence's neighbours, who is speaking (the participant kind),
the act the cue rules gave it and the blocks it sits in ("member statement body", "officer
question reply"). The same function serves training and prediction, on utterances tagged by
``tag_acts_by_rules`` only, so the hints never include what the classifier is about to decide.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..components.acts import tag_acts_by_rules
from ..results import Utterance
from ..segments import annotate

LATER_COMPONENTS = ("minutes_acts", "minutes_commitments", "minutes_deadlines")


def hint(utt: Utterance, doc: Doc) -> str:
    speaker = doc._.participants.get(utt.speaker) if utt.speaker else None
    kind = speaker.kind if speaker is not None else "nobody"
    where = " ".join(sorted(set(utt.blocks))) or ("outside" if utt.item is None else "body")
    return f"{kind} {utt.act} {where}"


def rule_hints(doc: Doc) -> list[str]:
    """Hints for a Doc whose utterances carry the rule acts (see tag_acts_by_rules)."""
    return [hint(u, doc) for u in doc._.utterances]


def hints_for_text(text: str, source: str, nlp: Language) -> tuple[list[Utterance], list[str]]:
    """Run the pipeline up to the speakers, tag acts by rules, and return utterances with hints."""
    (doc,) = annotate(nlp, [(text, source)], disable=LATER_COMPONENTS)
    tag_acts_by_rules(doc)
    return list(doc._.utterances), rule_hints(doc)
