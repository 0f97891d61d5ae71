"""FormValidationAction validators, one module per form."""
