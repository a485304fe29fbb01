"""Reading data/: strict line-aware YAML into records, problems at path:line, cross-file checks, history."""
