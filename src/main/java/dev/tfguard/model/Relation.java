package dev.tfguard.model;

/**
 * One edge of the resource graph that a report may show: {@code from}'s attribute refers to {@code
 * to}.
 *
 * @param from address of the referring resource, e.g. a replication group
 * @param attribute the attribute holding the reference, e.g. {@code kms_key_id}
 * @param to address of the resource referred to, e.g. an {@code aws_kms_key}
 */
public record Relation(String from, String attribute, String to) {}
