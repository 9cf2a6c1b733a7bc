// ThbFunctions on Azure: a Flex Consumption Function App (.NET 10 isolated) with a user-assigned managed identity,
// its data account (no shared keys), Entra-only telemetry, and the Event Grid system topic that feeds the intake's
// blob trigger. The topic's subscription needs the blobs extension key, which exists only once the code runs:
// deploy it afterwards with intake-subscription.bicep (infra/subscribe-intake.sh). Walkthrough: docs/deploy.md.

targetScope = 'resourceGroup'

@description('Short name the resource names are built from (letters, digits, hyphens).')
@minLength(2)
@maxLength(12)
param appName string = 'thb'

param location string = resourceGroup().location

@description('Makes the names that must be unique across Azure unique; stable per subscription, resource group and appName.')
@minLength(4)
@maxLength(13)
param resourceSuffix string = uniqueString(subscription().id, resourceGroup().id, appName)

@description('Tags for every resource.')
param tags {*: string} = { application: 'ThbFunctions' }

@description('Function App name; must be unique across Azure (it becomes <name>.azurewebsites.net).')
@maxLength(60)
param functionAppName string = 'func-${appName}-${resourceSuffix}'

@description('Storage account name; must be unique across Azure (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param storageAccountName string = take(toLower('st${replace(appName, '-', '')}${resourceSuffix}'), 24)

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param storageSku string = 'Standard_ZRS'

@minValue(1)
@maxValue(365)
param deleteRetentionDays int = 30

@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Most instances the app scales out to at the deadline rush.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('THB_ANNEX_SCHEDULE: NCRONTAB (6 fields, UTC on Flex Consumption) of the annex compilation.')
param annexSchedule string = '0 */15 * * * *'

@description('THB_ANNEX_APPROVED_ONLY: the timer compiles only the returns the Presidency approved.')
param annexApprovedOnly bool = false

@description('THB_REMINDER_SCHEDULE: NCRONTAB (6 fields, UTC on Flex Consumption) of the reminder sweep.')
param reminderSchedule string = '0 5 * * * *'

@description('THB_REPROCESS_AFTER_SECONDS: an upload with no verdict this long after it was stored (or after its last attempt began) is processed again by the timers\' sweep.')
@minValue(30)
param reprocessAfterSeconds int = 120

@description('THB_MAX_UPLOAD_MB: uploads above this size are rejected without being read.')
@minValue(1)
@maxValue(200)
param maxUploadMb int = 20

@description('THB_SMTP: SMTP server URL for reminder e-mail, credentials included (smtp[s]://user:password@host:port), or a Key Vault reference @Microsoft.KeyVault(SecretUri=...).')
@secure()
param smtp string

@description('THB_MAIL_FROM: sender of reminder e-mail, e.g. "ThbFunctions <no-reply@example.eu>".')
param mailFrom string

@description('THB_PORTAL_SECRET: key that signs portal links (at least 32 characters), or a Key Vault reference.')
@secure()
param portalSecret string

@description('THB_PORTAL_BASE_URL: public address of the portal; empty means the Function App\'s own address.')
param portalBaseUrl string = ''

var identityName = 'id-${appName}-${resourceSuffix}'
var planName = 'plan-${appName}-${resourceSuffix}'
var systemTopicName = 'evgt-${appName}-${resourceSuffix}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: identityName
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    appIdentityId: identity.id
    appPrincipalId: identity.properties.principalId
    skuName: storageSku
    deleteRetentionDays: deleteRetentionDays
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${appName}-${resourceSuffix}'
    appInsightsName: 'appi-${appName}-${resourceSuffix}'
    location: location
    tags: tags
    appIdentityId: identity.id
    appPrincipalId: identity.properties.principalId
    retentionInDays: logRetentionDays
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: functionAppName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Lets THB_SMTP / THB_PORTAL_SECRET be Key Vault references resolved with the app's identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Flex Consumption: no FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION, WEBSITE_RUN_FROM_PACKAGE,
      // WEBSITE_CONTENT* or WEBSITE_TIME_ZONE here; runtime and package live in functionAppConfig.
      appSettings: [
        // The host's own storage (receipts, timer locks, keys), identity-based.
        { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.outputs.blobEndpoint }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.outputs.queueEndpoint }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.outputs.tableEndpoint }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
        // The product's data (StorageNames.Connection): the triggers and AddThbStorage (StorageConnection) read these.
        { name: 'ThbStorage__blobServiceUri', value: storage.outputs.blobEndpoint }
        { name: 'ThbStorage__queueServiceUri', value: storage.outputs.queueEndpoint }
        { name: 'ThbStorage__tableServiceUri', value: storage.outputs.tableEndpoint }
        { name: 'ThbStorage__credential', value: 'managedidentity' }
        { name: 'ThbStorage__clientId', value: identity.properties.clientId }
        // DefaultAzureCredential anywhere else in the code picks the user-assigned identity.
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: monitoring.outputs.connectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identity.properties.clientId};Authorization=AAD' }
        { name: 'THB_ANNEX_SCHEDULE', value: annexSchedule }
        { name: 'THB_ANNEX_APPROVED_ONLY', value: string(annexApprovedOnly) }
        { name: 'THB_REMINDER_SCHEDULE', value: reminderSchedule }
        { name: 'THB_MAX_UPLOAD_MB', value: string(maxUploadMb) }
        { name: 'THB_REPROCESS_AFTER_SECONDS', value: string(reprocessAfterSeconds) }
        { name: 'THB_SMTP', value: smtp }
        { name: 'THB_MAIL_FROM', value: mailFrom }
        { name: 'THB_PORTAL_SECRET', value: portalSecret }
        { name: 'THB_PORTAL_BASE_URL', value: empty(portalBaseUrl) ? 'https://${functionAppName}.azurewebsites.net' : portalBaseUrl }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: storage.outputs.deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// No publishing passwords: code deploys with Entra ID (az functionapp deployment source config-zip).
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'scm'
  properties: { allow: false }
}

// Publishes the account's blob events; the intake's subscription on it comes in the second pass.
resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  properties: {
    source: storage.outputs.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output functionAppName string = functionApp.name
output functionAppHostName string = functionApp.properties.defaultHostName
output storageAccountName string = storage.outputs.name
output systemTopicName string = systemTopic.name
output identityClientId string = identity.properties.clientId
output identityPrincipalId string = identity.properties.principalId
