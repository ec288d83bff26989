// One AwarenessBot environment: the web app running the bot, its managed identity, the Azure Bot
// registration with the Teams and Direct Line channels, state and content storage, and monitoring.
// How to deploy: docs/deploy-azure.md.

@description('A short lower-case name the resources are named after (3-11 letters or digits).')
@minLength(3)
@maxLength(11)
param baseName string = 'awarebot'

@description('Region for everything except the Azure Bot resource, which is global.')
param location string = resourceGroup().location

@description('App Service plan size. B1 is the cheapest with Always On (the bot must answer at once); P0v3 for a busy district.')
@allowed(['B1', 'B2', 'B3', 'S1', 'P0v3', 'P1v3'])
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 is free (standard channels such as Teams and Direct Line are free either way).')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('The bot\'s display name in Teams and the Azure portal.')
param botDisplayName string = 'AwarenessBot'

var suffix = uniqueString(resourceGroup().id, baseName)
var names = {
  identity: '${baseName}-id-${suffix}'
  logs: '${baseName}-logs-${suffix}'
  insights: '${baseName}-ai-${suffix}'
  storage: take(toLower('${baseName}${suffix}'), 24)
  plan: '${baseName}-plan-${suffix}'
  site: '${baseName}-${suffix}'
  bot: '${baseName}-bot-${suffix}'
}
var stateContainerName = 'awarenessbot-state'
var contentShareName = 'content'
var contentMountPath = '/mounts/content'
// Built-in role: read, write and delete blobs, given to the bot's identity on its storage account only.
var storageBlobDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: names.logs
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: names.storage
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
    // App Service mounts an Azure Files share with the account key (it has no identity-based mount);
    // the bot's state is reached with its managed identity, never a key.
    allowSharedKeyAccess: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: stateContainerName
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource contentShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2025-06-01' = {
  parent: fileService
  name: contentShareName
  properties: {
    shareQuota: 1
  }
}

resource stateAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageBlobDataContributor)
  properties: {
    roleDefinitionId: storageBlobDataContributor
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: names.site
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet AwarenessBot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        // DefaultAzureCredential (the state store) uses this identity.
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'Storage__Kind', value: 'Blob' }
        { name: 'Storage__Blob__AccountUrl', value: storage.properties.primaryEndpoints.blob }
        { name: 'Storage__Blob__Container', value: stateContainerName }
        { name: 'Content__Path', value: contentMountPath }
        { name: 'Content__SeedWhenEmpty', value: 'true' }
        // Azure Files does not report changes to the app: hot reload polls, a little less often than locally.
        { name: 'Content__PollSeconds', value: '5' }
        { name: 'Data__Path', value: '/home/data' }
        { name: 'Teams__Host', value: '${names.site}.azurewebsites.net' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
      ]
      azureStorageAccounts: {
        content: {
          type: 'AzureFiles'
          accountName: storage.name
          shareName: contentShare.name
          mountPath: contentMountPath
          accessKey: storage.listKeys().keys[0].value
        }
      }
    }
  }
  dependsOn: [stateAccess]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    developerAppInsightKey: insights.properties.InstrumentationKey
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Students page'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // The secret never leaves the server: the bot exchanges it for per-conversation tokens (/api/directline/token).
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

@description('The messaging endpoint registered with the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('The bot\'s app id (the managed identity\'s client id): teams-package --app-id.')
output botAppId string = identity.properties.clientId

@description('The students\' web page.')
output webPageUrl string = 'https://${site.properties.defaultHostName}/'

@description('The web app, for az webapp deploy.')
output webAppName string = site.name

@description('The Azure Bot resource, for az bot directline show.')
output botName string = bot.name

@description('The storage account and share holding the content files admins edit.')
output contentShare string = '${storage.name}/${contentShare.name}'
