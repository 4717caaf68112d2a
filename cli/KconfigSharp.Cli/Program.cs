using KconfigSharp.Cli;

return await KconfigCommandLine.RunAsync(args, Console.Out, Console.Error);
