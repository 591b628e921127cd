"""Opposites in the same place across voices: "the guild accepted the plan" / "the plan was
rejected by the guild". `compare.same_place` asks for the same word right before or right
after both opposites; a passive with its agent puts the claim's subject after the verb, so the
word before the claim's active verb is looked for among the sentence's first words after its
"by".
"""
from __future__ import annotations

from .compare import neighbours
from .facts import Parsed, Token, as_mention
from .opposition import passive
from .vocabulary import Vocabulary

# content words after a passive verb that hold its agent ("rejected by the Coordination of
# Azawad Movements (CMA)": the agent's last word is the fourth)
AGENT_WORDS = 4


def crossed_voice(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                  vocab: Vocabulary) -> bool:
    """The claim's verb is active, the sentence's a passive with its agent, and the claim's
    word right before its verb (its subject) is among the agent's words."""
    verb = sentence.tokens.index(theirs)
    if not passive(sentence, verb) or passive(claim, claim.tokens.index(mine)):
        return False
    subject = neighbours(claim, as_mention(mine), vocab, 1)[0]
    agent = neighbours(sentence, as_mention(theirs), vocab, AGENT_WORDS)[1]
    return bool({t for t in subject if isinstance(t, str)} & agent)
