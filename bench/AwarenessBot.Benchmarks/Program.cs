using AwarenessBot.Benchmarks;

// dotnet run -c Release --project bench/AwarenessBot.Benchmarks [-- content|understanding|start-up|storage|all]
var which = args.FirstOrDefault() ?? "all";
if (which is "content" or "all") await ContentBenchmark.RunAsync();
if (which is "all") Console.WriteLine();
if (which is "understanding" or "all") await UnderstandingBenchmark.RunAsync();
if (which is "start-up") await UnderstandingBenchmark.RunAsync(startUpOnly: true);
if (which is "all") Console.WriteLine();
if (which is "storage" or "all") await StorageBenchmark.RunAsync();
