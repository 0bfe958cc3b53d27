using ReIntegratie.Benchmarks;

return await BenchCommand.RunAsync(args);
