"""The domain services, one package per room of the conference: no Qt, no PDF."""
