"""The corpus spec: what each return says and what it means. See ../README.md."""
