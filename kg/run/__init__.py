"""Running the pipeline: batches of articles, the executors that run them, the main job."""
