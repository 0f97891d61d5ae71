"""Custom Rasa GraphComponents of shopbot (use them by module path in config.yml)."""
