"""`minutes train`: reproduce the NER model and the act classifier from annotations/ with fixed seeds."""
