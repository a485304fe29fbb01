"""The benchmark: a synthetic archive at several sizes, each stage of the build timed and weighed."""
