"""Retrieval over the shop's own content: embedder, FAISS, FAQ and product search."""
