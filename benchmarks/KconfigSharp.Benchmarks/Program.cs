using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/KconfigSharp.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
