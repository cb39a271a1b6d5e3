"""Running parses: worker tasks, local processes, a Dask cluster, the content-hash cache, batches."""
