using ReIntegratie.Benchmarks;

// bench all    the end-to-end load benchmark (publishes the bot, starts Azurite, bot and connector; see BENCHMARKS.md)
// bench micro  the in-process hot-path benchmarks (BenchmarkDotNet); further arguments go to BenchmarkDotNet
return await BenchCommand.RunAsync(args);
