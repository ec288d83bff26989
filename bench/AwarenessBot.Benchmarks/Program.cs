using AwarenessBot.Benchmarks;

// dotnet run -c Release --project bench/AwarenessBot.Benchmarks [-- content|understanding|start-up|storage|all]
// HTTP load (bot processes, not in "all"): -- http [--seconds 3] [--store ...] [--kind ...] [--conversation ...] [--clients ...]
//                                           -- http-soak [--minutes 10]
var which = args.FirstOrDefault() ?? "all";
if (which is "http") return await HttpLoadBenchmark.RunAsync(args[1..]);
if (which is "http-soak") return await HttpLoadBenchmark.SoakAsync(args[1..]);
if (which is "content" or "all") await ContentBenchmark.RunAsync();
if (which is "all") Console.WriteLine();
if (which is "understanding" or "all") await UnderstandingBenchmark.RunAsync();
if (which is "start-up") await UnderstandingBenchmark.RunAsync(startUpOnly: true);
if (which is "all") Console.WriteLine();
if (which is "storage" or "all") await StorageBenchmark.RunAsync();
return 0;
