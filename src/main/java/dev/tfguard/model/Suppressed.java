package dev.tfguard.model;

/** A finding that a suppression covers: reported apart, never lost. */
public record Suppressed(Finding finding, Suppression suppression) {}
