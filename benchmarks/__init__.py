"""Performance figures of AIOS Designer: ``python -m benchmarks [names...]`` (see README.md)."""
