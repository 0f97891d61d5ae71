"""Rasa stores for the scaled profile: a tracker store that survives outages."""
