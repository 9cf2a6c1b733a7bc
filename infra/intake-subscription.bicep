// Second pass, after the first code deployment: subscribes the intake's blob trigger to uploads under returns/.
// Event Grid delivers to the Functions blobs extension webhook, which needs the app's blobs_extension system key,
// and that key only exists once the code runs. infra/subscribe-intake.sh fetches it and deploys this file.

@description('Function App name (output functionAppName of main.bicep).')
param functionAppName string

@description('Event Grid system topic on the data account (output systemTopicName of main.bicep).')
param systemTopicName string

@description('The blobs_extension system key of the Function App (az functionapp keys list ... systemKeys.blobs_extension).')
@secure()
param blobsExtensionKey string

@description('Name of the blob-triggered function (IntakeFunction.Name).')
param intakeFunctionName string = 'Intake'

@description('Container the intake watches (StorageNames.Containers.Returns).')
param returnsContainer string = 'returns'

resource functionApp 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource intakeSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'intake-${returnsContainer}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${intakeFunctionName}&code=${blobsExtensionKey}'
      }
    }
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated']
      subjectBeginsWith: '/blobServices/default/containers/${returnsContainer}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    // At-least-once with retries for a day: the intake is idempotent, so redeliveries are harmless.
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output subscriptionName string = intakeSubscription.name
