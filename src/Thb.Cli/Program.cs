using Thb.Cli;

return await ThbProgram.RunAsync(args, CliContext.FromProcess());
