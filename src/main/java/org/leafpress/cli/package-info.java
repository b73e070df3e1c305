/**
 * The command line: one thin picocli command a class, each delegating to
 * {@link org.leafpress.publish.Pipeline}.
 *
 * <p>{@link org.leafpress.cli.Leafpress} is the main class; {@code build}, {@code merge},
 * {@code watch}, {@code parity}, {@code extract} and {@code detect} are
 * {@link org.leafpress.cli.BuildCommand}, {@link org.leafpress.cli.MergeCommand},
 * {@link org.leafpress.cli.WatchCommand}, {@link org.leafpress.cli.ParityCommand},
 * {@link org.leafpress.cli.ExtractCommand} and {@link org.leafpress.cli.DetectCommand}. They turn options into a call, print its summary and
 * return the exit status: 0 done, 1 the content failed, 2 the command line was wrong
 * ({@code docs/contracts.md}). A user sees a sentence naming the file, never a stack trace
 * (unless {@code --verbose}).
 */
package org.leafpress.cli;
