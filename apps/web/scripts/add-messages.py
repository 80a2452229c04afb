# Dev helper: merges {key: [ja, en]} from a JSON file given on the command line into messages/*.json.
import json, sys, collections
new = json.load(open(sys.argv[1]), object_pairs_hook=collections.OrderedDict)
for i, loc in enumerate(['ja', 'en']):
    path = f'messages/{loc}.json'
    cur = json.load(open(path), object_pairs_hook=collections.OrderedDict)
    for k, v in new.items():
        cur[k] = v[i]
    with open(path, 'w') as f:
        json.dump(cur, f, ensure_ascii=False, indent=2)
        f.write('\n')
