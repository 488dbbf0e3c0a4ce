/**
 * Personal data in the log: sealed per user, erasable by destroying one key (DESIGN.md, "Secrets
 * never enter the log in plaintext ... Personal data is written so that it can be erased").
 */
package dev.cairn.core.personal;
