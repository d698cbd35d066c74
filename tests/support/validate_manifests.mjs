// Validates Runbench's generated manifests with kubernetes-models' validate(). Reads one JSON
// document (a v1 List or a single object) from the file named as the first argument, or from
// stdin. Built-in kinds are checked whole; for custom resources, whose schemas the package does
// not have, every embedded pod template, pod spec and container part is checked. Prints one
// line per object and exits 1 when any object is invalid.
import { readFileSync } from "node:fs";
import { Job } from "kubernetes-models/batch/v1/Job";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { PodTemplate } from "kubernetes-models/v1/PodTemplate";

const input = readFileSync(process.argv[2] ?? 0, "utf8");
const doc = JSON.parse(input);
const items = doc.kind === "List" ? doc.items : [doc];

const template = (templateSpec) =>
  new PodTemplate({ apiVersion: "v1", kind: "PodTemplate", metadata: { name: "t" }, template: templateSpec });
// A pod spec around the container-level fields a custom resource carries on its own.
const containerParts = (part, image) => ({
  spec: {
    containers: [{ name: "c", image, env: part.env, resources: part.resources,
                   volumeMounts: part.volumeMounts, securityContext: part.securityContext }],
    nodeSelector: part.nodeSelector, affinity: part.affinity, tolerations: part.tolerations,
    priorityClassName: part.priorityClassName,
  },
});

function checks(item) {
  const spec = item.spec ?? {};
  switch (`${item.apiVersion}/${item.kind}`) {
    case "batch/v1/Job": return [new Job(item)];
    case "v1/ConfigMap": return [new ConfigMap(item)];
    case "kubeflow.org/v2beta1/MPIJob":
      return Object.values(spec.mpiReplicaSpecs).map((r) => template(r.template));
    case "kubernetes.dask.org/v1/DaskCluster":
      return [template({ spec: spec.worker.spec }), template({ spec: spec.scheduler.spec })];
    case "kubernetes.dask.org/v1/DaskJob": {
      const cluster = spec.cluster.spec;
      return [template(spec.job), template({ spec: cluster.worker.spec }),
              template({ spec: cluster.scheduler.spec })];
    }
    case "sparkoperator.k8s.io/v1beta2/SparkApplication":
      return [spec.driver, spec.executor].map((role) => {
        const parts = containerParts(role, spec.image);
        parts.spec.volumes = spec.volumes;
        return template(parts);
      });
    case "nuclio.io/v1beta1/NuclioFunction": {
      const parts = containerParts(spec, spec.image);
      parts.spec.volumes = (spec.volumes ?? []).map((v) => v.volume);
      parts.spec.containers[0].volumeMounts = (spec.volumes ?? []).map((v) => v.volumeMount);
      return [template(parts)];
    }
    default:
      throw new Error(`no validator for ${item.apiVersion} ${item.kind}`);
  }
}

let failed = false;
for (const item of items) {
  const label = `${item.kind} ${item.metadata?.name}`;
  try {
    for (const model of checks(item)) model.validate();
    console.log(`valid ${label}`);
  } catch (error) {
    failed = true;
    console.log(`INVALID ${label}: ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
