"""shopbot's rasa-sdk action server: `rasa run actions --actions actions`."""
