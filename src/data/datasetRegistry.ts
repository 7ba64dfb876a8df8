/**
 * The data sets signcheck knows by name: canonical LIBSVM download address, expected shape and, where
 * known, the sha256 of a verified copy. The checksums are those of the copies in ../shared/datasets
 * (their README records provenance: byte-identical to public GitHub copies of the LIBSVM files; the
 * LIBSVM site itself could not be reached from here, so a fetch from it that differs only in line
 * endings is reported as a checksum mismatch — pass --sha256 none to accept it on shape alone).
 */
import { InputError } from "../core/errors.ts";

/** Largest data-set file read or downloaded (a9a is 2.3 MB; 256 MB bounds a mistaken path or URL). */
export const MAX_DATASET_BYTES = 256 * 1024 * 1024;

export interface DatasetInfo {
  readonly name: string;
  readonly url: string;
  readonly samples: number;
  readonly features: number;
  readonly sha256?: string;
  readonly citation: string;
}

export const DATASETS: Readonly<Record<string, DatasetInfo>> = {
  mushrooms: {
    name: "mushrooms",
    url: "https://www.csie.ntu.edu.tw/~cjlin/libsvmtools/datasets/binary/mushrooms",
    samples: 8124,
    features: 112,
    sha256: "f39a4eb628dc61a7d43760815b061c9e497aa728ce1ad8bde57a09ef6043b538",
    citation: "UCI Mushroom (Schlimmer 1987), LIBSVM binary collection (Chang & Lin 2011)",
  },
  a9a: {
    name: "a9a",
    url: "https://www.csie.ntu.edu.tw/~cjlin/libsvmtools/datasets/binary/a9a",
    samples: 32561,
    features: 123,
    sha256: "c074420ff4c671f891ebd4bc629ae16f840ab73ba11db4409dcbb9e0defce6d6",
    citation: "UCI Adult (Becker & Kohavi 1996), binarised by Platt (1998), LIBSVM binary collection",
  },
};

export function datasetInfo(name: string): DatasetInfo {
  const info = Object.hasOwn(DATASETS, name) ? DATASETS[name] : undefined;
  if (!info) throw new InputError("dataset", name, `one of ${Object.keys(DATASETS).join(", ")}`);
  return info;
}
