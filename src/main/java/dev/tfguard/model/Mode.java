package dev.tfguard.model;

/** Whether a resource is managed ({@code resource} block) or read ({@code data} block). */
public enum Mode {
    MANAGED,
    DATA
}
