"""Grounded answers for questions the NLU could not place (DESIGN §7, steps 2-5).

The chain (``chain.GroundedAnswerer``): passages are retrieved from the FAQ and the
catalog, the extractive selector picks the one that answers or decides that none
does; a clear FAQ hit is answered with the FAQ's own text, anything else, by
strategy, is quoted, reworded by a generator or answered by a generator from the
passages. Generated text must cite its passages and pass the ``guardrail``;
otherwise the shopper gets an honest "I don't know" with the offer of a human.

Importing this package is cheap: models load on first use.
"""
