/** Copy of schemas/meta/dvc.schema.json (a test keeps them equal): the package must not read outside itself. */
export const DVC_META_SCHEMA = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://dvc-kit.dev/schemas/meta/dvc.schema.json",
  "title": "dvc-kit procedure vocabulary (the x-dvc keyword)",
  "description": "What a procedure (thủ tục hành chính) is, beyond its form: catalogue facts, fees, dossier components and result delivery. Allowed at the root of a procedure schema as the value of \"x-dvc\". Conditions are JSON Schemas applied to the dossier data.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "code",
    "name",
    "sector",
    "agency",
    "level",
    "onlineService",
    "processingTime",
    "legalBasis",
    "delivery"
  ],
  "properties": {
    "code": {
      "description": "National procedure code (mã thủ tục), e.g. 1.013792; a provincial suffix may follow.",
      "type": "string",
      "pattern": "^\\d\\.\\d{6}(\\.[0-9A-Za-z.]+)?$"
    },
    "version": {
      "description": "Version of the catalogue record, e.g. the deciding document.",
      "type": "string"
    },
    "effectiveFrom": {
      "type": "string",
      "format": "date"
    },
    "name": {
      "$ref": "#/$defs/text"
    },
    "sector": {
      "description": "Lĩnh vực, e.g. Hộ tịch.",
      "$ref": "#/$defs/text"
    },
    "agency": {
      "description": "Implementing agency (cơ quan thực hiện).",
      "$ref": "#/$defs/text"
    },
    "level": {
      "description": "Cấp thực hiện after the 2025 reform.",
      "type": "array",
      "minItems": 1,
      "uniqueItems": true,
      "items": {
        "enum": [
          "MINISTRY",
          "PROVINCE",
          "COMMUNE",
          "OTHER"
        ]
      }
    },
    "onlineService": {
      "description": "FULL = dịch vụ công trực tuyến toàn trình; PARTIAL = một phần.",
      "enum": [
        "FULL",
        "PARTIAL"
      ]
    },
    "processingTime": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "value",
        "unit"
      ],
      "properties": {
        "value": {
          "type": "number",
          "minimum": 0
        },
        "unit": {
          "enum": [
            "WORKING_DAY",
            "DAY",
            "HOUR"
          ]
        },
        "sameDayCutoff": {
          "description": "Received after this time (HH:MM): counts from the next working day.",
          "type": "string",
          "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$"
        },
        "note": {
          "$ref": "#/$defs/text"
        }
      }
    },
    "legalBasis": {
      "type": "array",
      "minItems": 1,
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "description": "Số ký hiệu, e.g. 147/2024/NĐ-CP.",
            "type": "string",
            "minLength": 1
          },
          "title": {
            "type": "string"
          },
          "issuedAt": {
            "type": "string",
            "format": "date"
          },
          "issuer": {
            "type": "string"
          }
        }
      }
    },
    "result": {
      "description": "The result document (kết quả thực hiện).",
      "$ref": "#/$defs/text"
    },
    "fees": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/fee"
      }
    },
    "components": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/component"
      }
    },
    "delivery": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "result"
      ],
      "properties": {
        "result": {
          "description": "How the result may be returned: online, in person, or by public post (bưu chính công ích).",
          "type": "array",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "enum": [
              "ONLINE",
              "IN_PERSON",
              "POST"
            ]
          }
        },
        "postalSubmission": {
          "description": "The dossier itself may be sent by post.",
          "type": "boolean"
        },
        "channelField": {
          "description": "JSON Pointer of the data field that holds the chosen return channel.",
          "$ref": "#/$defs/pointer"
        }
      }
    }
  },
  "$defs": {
    "text": {
      "description": "Vietnamese text, or Vietnamese and English.",
      "oneOf": [
        {
          "type": "string",
          "minLength": 1
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "vi"
          ],
          "properties": {
            "vi": {
              "type": "string",
              "minLength": 1
            },
            "en": {
              "type": "string"
            }
          }
        }
      ]
    },
    "pointer": {
      "description": "A JSON Pointer into the dossier data, e.g. /copies.",
      "type": "string",
      "pattern": "^(/[^/]+)+$"
    },
    "condition": {
      "description": "A JSON Schema applied to the dossier data: the rule applies when the data matches it. Every property it names must exist in the dossier schema.",
      "type": "object"
    },
    "money": {
      "description": "An amount in VND (integer, no minor units).",
      "type": "integer",
      "minimum": 0
    },
    "fee": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "key",
        "kind",
        "name",
        "amount"
      ],
      "properties": {
        "key": {
          "type": "string",
          "pattern": "^[a-z][a-zA-Z0-9-]*$"
        },
        "kind": {
          "description": "PHI = fee, LE_PHI = administrative charge, SERVICE_PRICE = service price.",
          "enum": [
            "PHI",
            "LE_PHI",
            "SERVICE_PRICE"
          ]
        },
        "name": {
          "$ref": "#/$defs/text"
        },
        "amount": {
          "$ref": "#/$defs/amount"
        },
        "channels": {
          "description": "Submission channels the fee applies to (default: all).",
          "type": "array",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "enum": [
              "ONLINE",
              "DIRECT",
              "POSTAL"
            ]
          }
        },
        "when": {
          "description": "The fee applies only when the data matches.",
          "$ref": "#/$defs/condition"
        },
        "exemptions": {
          "description": "Exemptions (miễn) and reductions (giảm), first match wins.",
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "when",
              "reason"
            ],
            "properties": {
              "when": {
                "$ref": "#/$defs/condition"
              },
              "reason": {
                "$ref": "#/$defs/text"
              },
              "percent": {
                "description": "Reduction in percent; 100 (the default) exempts.",
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 100
              }
            }
          }
        },
        "legalBasis": {
          "type": "string"
        }
      }
    },
    "amount": {
      "oneOf": [
        {
          "description": "A fixed amount per dossier.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "fixed"
          ],
          "properties": {
            "fixed": {
              "$ref": "#/$defs/money"
            }
          }
        },
        {
          "description": "Per copy or page, from a quantity in the data; tiers price the first units differently; optional floor and cap.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "unit",
            "quantityField",
            "tiers"
          ],
          "properties": {
            "unit": {
              "enum": [
                "COPY",
                "PAGE"
              ]
            },
            "quantityField": {
              "$ref": "#/$defs/pointer"
            },
            "tiers": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "price"
                ],
                "properties": {
                  "upTo": {
                    "description": "Last unit this price applies to; leave out on the last tier.",
                    "type": "integer",
                    "minimum": 1
                  },
                  "price": {
                    "$ref": "#/$defs/money"
                  }
                }
              }
            },
            "min": {
              "$ref": "#/$defs/money"
            },
            "max": {
              "$ref": "#/$defs/money"
            }
          }
        },
        {
          "description": "A percentage of a value in the data, with an optional floor and cap.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "percent",
            "baseField"
          ],
          "properties": {
            "percent": {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 100
            },
            "baseField": {
              "$ref": "#/$defs/pointer"
            },
            "min": {
              "$ref": "#/$defs/money"
            },
            "max": {
              "$ref": "#/$defs/money"
            }
          }
        }
      ]
    },
    "component": {
      "description": "A dossier component (thành phần hồ sơ): one document, uploaded as one or more files.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "key",
        "name"
      ],
      "properties": {
        "key": {
          "description": "Property name of its files under the data's \"attachments\".",
          "type": "string",
          "pattern": "^[a-z][a-zA-Z0-9]*$"
        },
        "name": {
          "$ref": "#/$defs/text"
        },
        "originals": {
          "description": "Bản chính.",
          "type": "integer",
          "minimum": 0
        },
        "copies": {
          "description": "Bản sao.",
          "type": "integer",
          "minimum": 0
        },
        "required": {
          "description": "Always required (default false).",
          "type": "boolean"
        },
        "requiredWhen": {
          "description": "Required when the data matches.",
          "$ref": "#/$defs/condition"
        },
        "accept": {
          "description": "Accepted files: MIME types or extensions (default: PDF, JPEG, PNG).",
          "type": "array",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "pattern": "^(\\.[a-z0-9]+|[a-z]+/[a-z0-9.+-]+)$"
          }
        },
        "maxSizeMB": {
          "description": "Largest file, in MB (default 10).",
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 100
        },
        "multiple": {
          "description": "More than one file allowed (e.g. scanned pages).",
          "type": "boolean"
        },
        "template": {
          "description": "Link to the blank form (mẫu đơn, tờ khai).",
          "type": "string",
          "format": "uri-reference"
        },
        "present": {
          "description": "Xuất trình: shown in person or looked up, not uploaded.",
          "type": "boolean"
        },
        "note": {
          "$ref": "#/$defs/text"
        }
      }
    }
  }
} as const;
