/**
 * The catalogue of the stories and tests: the five procedures of `schemas/procedures` as `dvc-schema build` writes
 * them (procedure-list.fixtures.test.ts checks they still are), and one more written here, "Chứng thực bản sao"
 * (2.000815), without English text, files or a schema, and with a fee per page in tiers, which the shipped schemas
 * do not have.
 */
import type { Catalog } from '@dvc-kit/procedure/wording';
import type { ListedCatalog, ListedProcedure } from '../internal/read-catalog.js';

/** The entries built from schemas/procedures, in the build's order. */
export const BUILT_ENTRIES: Catalog['procedures'] = [
  {
    "id": "1.001193",
    "$id": "https://dvc-kit.dev/schemas/procedures/1.001193/schema.json",
    "title": "Đăng ký khai sinh",
    "code": "1.001193",
    "name": {
      "vi": "Đăng ký khai sinh",
      "en": "Birth registration"
    },
    "sector": {
      "vi": "Hộ tịch",
      "en": "Civil status"
    },
    "agency": {
      "vi": "Ủy ban nhân dân cấp xã (công chức tư pháp - hộ tịch)",
      "en": "Commune People’s Committee (civil-status officer)"
    },
    "level": [
      "COMMUNE"
    ],
    "onlineService": "FULL",
    "processingTime": {
      "value": 0,
      "unit": "WORKING_DAY",
      "sameDayCutoff": "15:00",
      "note": {
        "vi": "Ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.",
        "en": "The same day; received after 15:00 and not completed, the next working day."
      }
    },
    "fees": [
      {
        "key": "registration",
        "kind": "LE_PHI",
        "name": {
          "vi": "Lệ phí đăng ký khai sinh",
          "en": "Birth registration charge"
        },
        "basis": "FIXED",
        "conditional": false,
        "exemptions": 1,
        "amount": 8000
      },
      {
        "key": "extractCopies",
        "kind": "PHI",
        "name": {
          "vi": "Phí cấp bản sao trích lục khai sinh",
          "en": "Fee for copies of the birth extract"
        },
        "basis": "PER_COPY",
        "conditional": false,
        "exemptions": 0,
        "amount": 8000
      }
    ],
    "free": false,
    "components": 4,
    "requiredComponents": 3,
    "delivery": {
      "result": [
        "ONLINE",
        "IN_PERSON",
        "POST"
      ],
      "postalSubmission": true,
      "channelField": "/delivery/returnChannel"
    },
    "files": {
      "validator": "1.001193/validator.js",
      "validatorTypes": "1.001193/validator.d.ts",
      "types": "1.001193/types.d.ts",
      "schema": "1.001193/schema.json"
    }
  },
  {
    "id": "1.012783",
    "$id": "https://dvc-kit.dev/schemas/procedures/1.012783/schema.json",
    "title": "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
    "code": "1.012783",
    "name": {
      "vi": "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
      "en": "Exchange of the land use right and attached asset ownership certificate"
    },
    "sector": {
      "vi": "Đất đai",
      "en": "Land"
    },
    "agency": {
      "vi": "Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai",
      "en": "Land Registration Office or its branch"
    },
    "level": [
      "PROVINCE"
    ],
    "onlineService": "PARTIAL",
    "processingTime": {
      "value": 5,
      "unit": "WORKING_DAY",
      "note": {
        "vi": "Không quá 10 ngày làm việc trong trường hợp đặc biệt; cấp đổi đồng loạt theo dự án thì theo tiến độ dự án.",
        "en": "Up to 10 working days in special cases; batch exchanges follow the project schedule."
      }
    },
    "fees": [
      {
        "key": "certificate",
        "kind": "LE_PHI",
        "name": {
          "vi": "Lệ phí cấp Giấy chứng nhận",
          "en": "Certificate charge"
        },
        "basis": "FIXED",
        "conditional": false,
        "exemptions": 0,
        "amount": 50000
      }
    ],
    "free": false,
    "components": 4,
    "requiredComponents": 4,
    "delivery": {
      "result": [
        "IN_PERSON",
        "POST"
      ],
      "postalSubmission": true,
      "channelField": "/delivery/returnChannel"
    },
    "files": {
      "validator": "1.012783/validator.js",
      "validatorTypes": "1.012783/validator.d.ts",
      "types": "1.012783/types.d.ts",
      "schema": "1.012783/schema.json"
    }
  },
  {
    "id": "1.013792",
    "$id": "https://dvc-kit.dev/schemas/procedures/1.013792/schema.json",
    "title": "Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng",
    "code": "1.013792",
    "name": {
      "vi": "Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng",
      "en": "Certificate of eligibility to operate a public electronic game service point"
    },
    "sector": {
      "vi": "Phát thanh, truyền hình và thông tin điện tử",
      "en": "Broadcasting, television and electronic information"
    },
    "agency": {
      "vi": "Ủy ban nhân dân cấp xã nơi đặt điểm cung cấp dịch vụ",
      "en": "People’s Committee of the commune where the point operates"
    },
    "level": [
      "COMMUNE"
    ],
    "onlineService": "PARTIAL",
    "processingTime": {
      "value": 15,
      "unit": "DAY",
      "note": {
        "vi": "Kể từ ngày nhận đủ hồ sơ hợp lệ, gồm cả thời gian kiểm tra thực tế tại điểm.",
        "en": "From a complete dossier, including the on-site inspection."
      }
    },
    "fees": [],
    "free": true,
    "components": 4,
    "requiredComponents": 3,
    "delivery": {
      "result": [
        "ONLINE",
        "IN_PERSON",
        "POST"
      ],
      "postalSubmission": true,
      "channelField": "/delivery/returnChannel"
    },
    "files": {
      "validator": "1.013792/validator.js",
      "validatorTypes": "1.013792/validator.d.ts",
      "types": "1.013792/types.d.ts",
      "schema": "1.013792/schema.json"
    }
  },
  {
    "id": "2.000720",
    "$id": "https://dvc-kit.dev/schemas/procedures/2.000720/schema.json",
    "title": "Đăng ký thành lập hộ kinh doanh",
    "code": "2.000720",
    "name": {
      "vi": "Đăng ký thành lập hộ kinh doanh",
      "en": "Registration of a household business"
    },
    "sector": {
      "vi": "Thành lập và hoạt động của hộ kinh doanh",
      "en": "Establishment and operation of household businesses"
    },
    "agency": {
      "vi": "Cơ quan đăng ký kinh doanh cấp xã",
      "en": "Commune business registration authority"
    },
    "level": [
      "COMMUNE"
    ],
    "onlineService": "FULL",
    "processingTime": {
      "value": 3,
      "unit": "WORKING_DAY"
    },
    "fees": [
      {
        "key": "registration",
        "kind": "LE_PHI",
        "name": {
          "vi": "Lệ phí đăng ký hộ kinh doanh",
          "en": "Household business registration charge"
        },
        "basis": "FIXED",
        "conditional": false,
        "exemptions": 0,
        "amount": 100000
      }
    ],
    "free": false,
    "components": 3,
    "requiredComponents": 3,
    "delivery": {
      "result": [
        "ONLINE",
        "IN_PERSON",
        "POST"
      ],
      "postalSubmission": true,
      "channelField": "/delivery/returnChannel"
    },
    "files": {
      "validator": "2.000720/validator.js",
      "validatorTypes": "2.000720/validator.d.ts",
      "types": "2.000720/types.d.ts",
      "schema": "2.000720/schema.json"
    }
  },
  {
    "id": "3.000333",
    "$id": "https://dvc-kit.dev/schemas/procedures/3.000333/schema.json",
    "title": "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
    "code": "3.000333",
    "name": {
      "vi": "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
      "en": "Judicial record certificate for Vietnamese citizens and foreigners residing in Viet Nam"
    },
    "sector": {
      "vi": "Lý lịch tư pháp",
      "en": "Judicial records"
    },
    "agency": {
      "vi": "Công an cấp tỉnh",
      "en": "Provincial Police"
    },
    "level": [
      "PROVINCE"
    ],
    "onlineService": "FULL",
    "processingTime": {
      "value": 10,
      "unit": "DAY",
      "note": {
        "vi": "Tối đa 15 ngày khi người được cấp phiếu đã cư trú ở nhiều nơi hoặc ở nước ngoài, là người nước ngoài, hoặc phải xác minh điều kiện đương nhiên được xóa án tích.",
        "en": "Up to 15 days when the person lived in several places or abroad, is a foreigner, or the expunction of a conviction must be verified."
      }
    },
    "fees": [
      {
        "key": "judicialRecord",
        "kind": "PHI",
        "name": {
          "vi": "Phí cung cấp thông tin lý lịch tư pháp",
          "en": "Judicial record information fee"
        },
        "basis": "FIXED",
        "conditional": false,
        "exemptions": 2,
        "amount": 200000
      }
    ],
    "free": false,
    "components": 3,
    "requiredComponents": 3,
    "delivery": {
      "result": [
        "ONLINE",
        "IN_PERSON",
        "POST"
      ],
      "postalSubmission": true,
      "channelField": "/delivery/returnChannel"
    },
    "files": {
      "validator": "3.000333/validator.js",
      "validatorTypes": "3.000333/validator.d.ts",
      "types": "3.000333/types.d.ts",
      "schema": "3.000333/schema.json"
    }
  }
];

/** Written here, not built: a procedure in Vietnamese only, with a fee per page in tiers. */
export const CERTIFIED_COPY: ListedProcedure = {
  "id": "2.000815",
  "code": "2.000815",
  "name": {
    "vi": "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận"
  },
  "sector": {
    "vi": "Chứng thực"
  },
  "agency": {
    "vi": "Ủy ban nhân dân cấp xã"
  },
  "level": [
    "COMMUNE"
  ],
  "onlineService": "PARTIAL",
  "processingTime": {
    "value": 0,
    "unit": "WORKING_DAY",
    "sameDayCutoff": "15:00"
  },
  "fees": [
    {
      "key": "copy",
      "kind": "PHI",
      "name": {
        "vi": "Phí chứng thực bản sao từ bản chính"
      },
      "basis": "PER_PAGE",
      "conditional": false,
      "exemptions": 0,
      "amount": 2000,
      "tiers": [
        {
          "price": 2000,
          "upTo": 2
        },
        {
          "price": 1000
        }
      ],
      "max": 200000
    }
  ],
  "free": false,
  "components": 2,
  "requiredComponents": 2,
  "delivery": {
    "result": [
      "IN_PERSON"
    ]
  }
};

export const SAMPLE_CATALOG: ListedCatalog = { generator: "dvc-schema 0.1.0", procedures: [...BUILT_ENTRIES, CERTIFIED_COPY] };
