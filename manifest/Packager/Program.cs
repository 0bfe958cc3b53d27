using ReIntegratie.Manifest;

return await PackageCommand.RunAsync(args, Console.Out, Console.Error);
