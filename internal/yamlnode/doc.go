// Package yamlnode decodes claimtrace's YAML files (lexicons, policies) from
// yaml.Node trees, so that every problem is reported at its file, line and
// column, and all of them are reported at once rather than the first.
package yamlnode
