"""The learned sentence-act classifier: MiniLM fine-tuned with LoRA, calibrated with scikit-learn."""
