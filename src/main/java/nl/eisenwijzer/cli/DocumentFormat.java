package nl.eisenwijzer.cli;

/** What {@code --format} offers on every command that writes a document: JSON for tools, Markdown for people. */
enum DocumentFormat { json, md }
