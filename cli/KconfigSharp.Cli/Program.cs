using KconfigSharp.Cli;

CommandHeap.EnterNoCollectionRegion();
return await KconfigCommandLine.RunAsync(args, Console.Out, Console.Error);
