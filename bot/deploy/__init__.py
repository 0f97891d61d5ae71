"""Deployment profiles: which processes run, on which ports, with which stores."""
