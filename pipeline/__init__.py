"""The pipeline: stages that wire extractors, batch runs, outputs and the command line."""
