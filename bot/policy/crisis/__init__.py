"""Crisis detection: whether a message signals danger now (acute: the numbers at once, the team alerted), may
be serious (worrying: the numbers, the worker's copy marked and sent first), or neither; which danger
(suicide, overdose, violence); and the signs that decided it, never the words.

Approach: signs first, a model beside them. signs.py names what outreach workers and Crisis Text Line look
for (a plan, a means at hand, a time, a place, goodbyes, "I slipper for mig", a body that does not breathe or
wake, violence now) in Danish and English as people text them; assess.py weighs them, tells harmless uses,
negation, questions and the long past apart, and explains itself. model.py, logistic regression over pieces
of words, whole words and categories of means, places and times (with a naive-Bayes count beside it),
trained on the project's own labelled messages, lifts what the signs missed and doubts a lone acute sign
in a message unlike any acute one; its thresholds come from cross-validation, not from the messages
measured. thread.py reads a short reply after the worker's question it answers ("har du en plan?"
"ja. i aften"), handed over by the relay.

Why, in figures (tests/corpus/crisis; `python -m benchmarks.crisis_detection --held-out`): each blind set
judged by the signs as they were at its first sight and a model trained on the sets written before it:
  - the signs alone caught 0.55-0.65 of acute messages at 5.5-6.7 % false alarms;
  - with the former naive-Bayes backstop, 0.71 of acute messages (four sets together) at 6.5 %, 0.75 caught;
  - with this model, 0.78 at 6.0 %, 0.79 caught (0.75-0.81 acute per set).
On the sets they have seen, signs and model reach the issue's goal (0.98-1.00 acute at 0 % false alarms);
on wording never seen, they do not (0.95 acute at 5 %): README.md ("Crisis detection") says what would.
"""

from bot.policy.crisis.assess import NOTHING, Assessment, Level, assess
from bot.policy.crisis.signs import DangerKind

__all__ = ["NOTHING", "Assessment", "DangerKind", "Level", "assess"]
