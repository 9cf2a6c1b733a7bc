#!/usr/bin/env bash
# Second pass of a deployment (docs/deploy.md): subscribes the intake function to uploads under returns/.
# Run it after the first code deployment, and again whenever the blobs extension key is rotated.
#
#   infra/subscribe-intake.sh <resource-group> [main-deployment-name]
#
# Reads the app and topic names from the outputs of the main deployment (default name "main", as
# `az deployment group create --template-file infra/main.bicep` calls it), waits until the Functions host has created
# its blobs_extension system key, and deploys infra/intake-subscription.bicep with that key as a secure parameter.
# The key goes through a private temporary file, never the command line, and is never printed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 <resource-group> [main-deployment-name]" >&2
  exit 2
fi
group="$1"
deployment="${2:-main}"

output() {
  az deployment group show --resource-group "$group" --name "$deployment" \
    --query "properties.outputs.$1.value" --output tsv
}
app="$(output functionAppName)"
topic="$(output systemTopicName)"
if [ -z "$app" ] || [ -z "$topic" ]; then
  echo "error: deployment '$deployment' in '$group' has no functionAppName/systemTopicName outputs; deploy infra/main.bicep first." >&2
  exit 1
fi

# The host creates the key when it first starts with the blobs extension loaded, i.e. after the code is deployed.
key=""
for attempt in $(seq 1 30); do
  key="$(az functionapp keys list --resource-group "$group" --name "$app" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)"
  [ -n "$key" ] && break
  if [ "$attempt" -eq 1 ]; then
    echo "Waiting for the blobs_extension key of $app (deploy the code first; waking the host)..." >&2
    # Any request wakes a scaled-to-zero app so that the host starts and creates its system keys.
    curl --silent --output /dev/null --max-time 30 "https://$(az functionapp show --resource-group "$group" --name "$app" --query defaultHostName --output tsv)/" || true
  fi
  sleep 10
done
if [ -z "$key" ]; then
  echo "error: $app has no blobs_extension system key yet. Is the code deployed and the host running? (az functionapp keys list -g $group -n $app)" >&2
  exit 1
fi
if ! [[ "$key" =~ ^[A-Za-z0-9_=-]+$ ]]; then
  echo "error: unexpected characters in the blobs_extension key of $app." >&2
  exit 1
fi

umask 077
parameters="$(mktemp)"
trap 'rm -f "$parameters"' EXIT
printf '{"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#","contentVersion":"1.0.0.0","parameters":{"blobsExtensionKey":{"value":"%s"}}}\n' \
  "$key" > "$parameters"

az deployment group create --resource-group "$group" --name intake-subscription \
  --template-file "$here/intake-subscription.bicep" \
  --parameters functionAppName="$app" systemTopicName="$topic" \
  --parameters "@$parameters" \
  --output none
echo "Event Grid now delivers BlobCreated events under returns/ to the Intake function of $app."
