"""Accuracy of the parse against gold records written by reading real corpus documents."""
