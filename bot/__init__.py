"""shopbot: a bilingual customer-service bot framework for shops, built on Rasa 3.6."""

__version__ = "0.1.0"
