"""Retrieval over the shop's own content: embedder, FAISS indexes, FAQ and product search."""
