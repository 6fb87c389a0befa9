// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand has: the common options and the output of its command line. */
abstract class Subcommand implements Callable<Integer>, ParticipationCommand.HasCommon {
  @Mixin ParticipationCommand.Common common = new ParticipationCommand.Common();
  @Spec CommandSpec spec;

  @Override
  public final ParticipationCommand.Common common() {
    return common;
  }

  /** Where the subcommand prints. */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
