"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i32>) -> (tensor<5xi32>, tensor<8xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg28: tensor<i32>):
    %689 = "stablehlo.constant"() <{value = dense<10> : tensor<i32>}> : () -> tensor<i32>
    %690 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %691 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %692 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %693 = "stablehlo.shift_right_logical"(%arg28, %692) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %694 = "stablehlo.convert"(%693) : (tensor<i32>) -> tensor<ui32>
    %695 = "stablehlo.broadcast_in_dim"(%694) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %696 = "stablehlo.and"(%arg28, %691) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %697 = "stablehlo.convert"(%696) : (tensor<i32>) -> tensor<ui32>
    %698 = "stablehlo.broadcast_in_dim"(%697) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %699 = "stablehlo.concatenate"(%695, %698) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %700 = "func.call"(%699, %690, %689) <{callee = @_randint}> : (tensor<2xui32>, tensor<i32>, tensor<i32>) -> tensor<5xi32>
    %701 = "stablehlo.shift_right_logical"(%arg28, %692) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %702 = "stablehlo.convert"(%701) : (tensor<i32>) -> tensor<ui32>
    %703 = "stablehlo.broadcast_in_dim"(%702) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %704 = "stablehlo.and"(%arg28, %691) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %705 = "stablehlo.convert"(%704) : (tensor<i32>) -> tensor<ui32>
    %706 = "stablehlo.broadcast_in_dim"(%705) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %707 = "stablehlo.concatenate"(%703, %706) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %708 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xi32>
    %709 = "func.call"(%707, %708) <{callee = @_shuffle}> : (tensor<2xui32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%700, %709) : (tensor<5xi32>, tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<i32>, tensor<i32>) -> tensor<5xi32>, res_attrs = [{}], sym_name = "_randint", sym_visibility = "private"}> ({
  ^bb0(%arg25: tensor<2xui32>, %arg26: tensor<i32>, %arg27: tensor<i32>):
    %617 = "stablehlo.constant"() <{value = dense<65536> : tensor<ui32>}> : () -> tensor<ui32>
    %618 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %619 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %620 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %621 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
    %622 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %623 = "func.call"(%621, %622, %621) <{callee = @clip}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %624 = "stablehlo.compare"(%arg27, %623) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %625 = "func.call"(%arg26, %622, %621) <{callee = @clip_0}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %626 = "stablehlo.convert"(%625) : (tensor<i32>) -> tensor<i32>
    %627 = "func.call"(%arg27, %622, %621) <{callee = @clip_0}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %628 = "stablehlo.convert"(%627) : (tensor<i32>) -> tensor<i32>
    %629 = "stablehlo.broadcast_in_dim"(%626) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %630 = "stablehlo.broadcast_in_dim"(%628) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %631 = "func.call"(%arg25) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %632 = "stablehlo.slice"(%631) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %633 = "stablehlo.reshape"(%632) : (tensor<1x2xui32>) -> tensor<2xui32>
    %634 = "stablehlo.slice"(%631) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %635 = "stablehlo.reshape"(%634) : (tensor<1x2xui32>) -> tensor<2xui32>
    %636 = "stablehlo.slice"(%633) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %637 = "stablehlo.reshape"(%636) : (tensor<1xui32>) -> tensor<ui32>
    %638 = "stablehlo.slice"(%633) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %639 = "stablehlo.reshape"(%638) : (tensor<1xui32>) -> tensor<ui32>
    %640 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<5xui64>
    %641 = "stablehlo.broadcast_in_dim"(%620) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<5xui64>
    %642 = "stablehlo.multiply"(%641, %640) : (tensor<5xui64>, tensor<5xui64>) -> tensor<5xui64>
    %643 = "stablehlo.broadcast_in_dim"(%619) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<5xui64>
    %644 = "stablehlo.shift_right_logical"(%642, %643) : (tensor<5xui64>, tensor<5xui64>) -> tensor<5xui64>
    %645 = "stablehlo.convert"(%642) : (tensor<5xui64>) -> tensor<5xui32>
    %646 = "stablehlo.convert"(%644) : (tensor<5xui64>) -> tensor<5xui32>
    %647:2 = "func.call"(%637, %639, %646, %645) <{callee = @threefry2x32_1}> : (tensor<ui32>, tensor<ui32>, tensor<5xui32>, tensor<5xui32>) -> (tensor<5xui32>, tensor<5xui32>)
    %648 = "stablehlo.xor"(%647#0, %647#1) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %649 = "stablehlo.slice"(%635) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %650 = "stablehlo.reshape"(%649) : (tensor<1xui32>) -> tensor<ui32>
    %651 = "stablehlo.slice"(%635) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %652 = "stablehlo.reshape"(%651) : (tensor<1xui32>) -> tensor<ui32>
    %653 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<5xui64>
    %654 = "stablehlo.broadcast_in_dim"(%620) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<5xui64>
    %655 = "stablehlo.multiply"(%654, %653) : (tensor<5xui64>, tensor<5xui64>) -> tensor<5xui64>
    %656 = "stablehlo.broadcast_in_dim"(%619) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<5xui64>
    %657 = "stablehlo.shift_right_logical"(%655, %656) : (tensor<5xui64>, tensor<5xui64>) -> tensor<5xui64>
    %658 = "stablehlo.convert"(%655) : (tensor<5xui64>) -> tensor<5xui32>
    %659 = "stablehlo.convert"(%657) : (tensor<5xui64>) -> tensor<5xui32>
    %660:2 = "func.call"(%650, %652, %659, %658) <{callee = @threefry2x32_1}> : (tensor<ui32>, tensor<ui32>, tensor<5xui32>, tensor<5xui32>) -> (tensor<5xui32>, tensor<5xui32>)
    %661 = "stablehlo.xor"(%660#0, %660#1) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %662 = "stablehlo.subtract"(%630, %629) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %663 = "stablehlo.convert"(%662) : (tensor<1xi32>) -> tensor<1xui32>
    %664 = "stablehlo.compare"(%630, %629) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %665 = "stablehlo.broadcast_in_dim"(%618) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %666 = "stablehlo.select"(%664, %665, %663) : (tensor<1xi1>, tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %667 = "stablehlo.compare"(%630, %629) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %668 = "stablehlo.broadcast_in_dim"(%624) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %669 = "stablehlo.and"(%668, %667) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
    %670 = "stablehlo.broadcast_in_dim"(%618) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %671 = "stablehlo.add"(%666, %670) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %672 = "stablehlo.select"(%669, %671, %666) : (tensor<1xi1>, tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %673 = "stablehlo.broadcast_in_dim"(%617) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %674 = "stablehlo.remainder"(%673, %672) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %675 = "stablehlo.multiply"(%674, %674) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %676 = "stablehlo.remainder"(%675, %672) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %677 = "stablehlo.broadcast_in_dim"(%672) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<5xui32>
    %678 = "stablehlo.remainder"(%648, %677) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %679 = "stablehlo.broadcast_in_dim"(%676) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<5xui32>
    %680 = "stablehlo.multiply"(%678, %679) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %681 = "stablehlo.broadcast_in_dim"(%672) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<5xui32>
    %682 = "stablehlo.remainder"(%661, %681) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %683 = "stablehlo.add"(%680, %682) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %684 = "stablehlo.broadcast_in_dim"(%672) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<5xui32>
    %685 = "stablehlo.remainder"(%683, %684) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %686 = "stablehlo.convert"(%685) : (tensor<5xui32>) -> tensor<5xi32>
    %687 = "stablehlo.broadcast_in_dim"(%629) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<5xi32>
    %688 = "stablehlo.add"(%687, %686) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "func.return"(%688) : (tensor<5xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<i32>, %arg23: tensor<i32>, %arg24: tensor<i32>):
    %615 = "stablehlo.maximum"(%arg23, %arg22) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %616 = "stablehlo.minimum"(%arg24, %615) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%616) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "clip_0", sym_visibility = "private"}> ({
  ^bb0(%arg19: tensor<i32>, %arg20: tensor<i32>, %arg21: tensor<i32>):
    %613 = "stablehlo.maximum"(%arg20, %arg19) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %614 = "stablehlo.minimum"(%arg21, %613) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%614) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<2xui32>):
    %596 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %597 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %598 = "stablehlo.slice"(%arg18) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %599 = "stablehlo.reshape"(%598) : (tensor<1xui32>) -> tensor<ui32>
    %600 = "stablehlo.slice"(%arg18) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %601 = "stablehlo.reshape"(%600) : (tensor<1xui32>) -> tensor<ui32>
    %602 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %603 = "stablehlo.broadcast_in_dim"(%597) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %604 = "stablehlo.multiply"(%603, %602) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %605 = "stablehlo.broadcast_in_dim"(%596) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %606 = "stablehlo.shift_right_logical"(%604, %605) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %607 = "stablehlo.convert"(%604) : (tensor<2xui64>) -> tensor<2xui32>
    %608 = "stablehlo.convert"(%606) : (tensor<2xui64>) -> tensor<2xui32>
    %609:2 = "func.call"(%599, %601, %608, %607) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %610 = "stablehlo.broadcast_in_dim"(%609#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %611 = "stablehlo.broadcast_in_dim"(%609#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %612 = "stablehlo.concatenate"(%610, %611) <{dimension = 1 : i64}> : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    "func.return"(%612) : (tensor<2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<ui32>, %arg15: tensor<ui32>, %arg16: tensor<2xui32>, %arg17: tensor<2xui32>):
    %404 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %405 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %406 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %407 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %408 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %409 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %410 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %411 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %412 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %413 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %414 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %415 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %416 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %417 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %418 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %419 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %420 = "stablehlo.xor"(%arg14, %arg15) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %421 = "stablehlo.xor"(%420, %419) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %422 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %423 = "stablehlo.add"(%arg16, %422) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %424 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %425 = "stablehlo.add"(%arg17, %424) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %426 = "stablehlo.add"(%423, %425) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %427 = "stablehlo.broadcast_in_dim"(%418) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %428 = "stablehlo.shift_left"(%425, %427) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %429 = "stablehlo.broadcast_in_dim"(%417) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %430 = "stablehlo.shift_right_logical"(%425, %429) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %431 = "stablehlo.or"(%428, %430) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %432 = "stablehlo.xor"(%426, %431) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %433 = "stablehlo.add"(%426, %432) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %434 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %435 = "stablehlo.shift_left"(%432, %434) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %436 = "stablehlo.broadcast_in_dim"(%415) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %437 = "stablehlo.shift_right_logical"(%432, %436) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %438 = "stablehlo.or"(%435, %437) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %439 = "stablehlo.xor"(%433, %438) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %440 = "stablehlo.add"(%433, %439) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %441 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %442 = "stablehlo.shift_left"(%439, %441) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %443 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %444 = "stablehlo.shift_right_logical"(%439, %443) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %445 = "stablehlo.or"(%442, %444) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %446 = "stablehlo.xor"(%440, %445) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %447 = "stablehlo.add"(%440, %446) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %448 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %449 = "stablehlo.shift_left"(%446, %448) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %450 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %451 = "stablehlo.shift_right_logical"(%446, %450) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %452 = "stablehlo.or"(%449, %451) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %453 = "stablehlo.xor"(%447, %452) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %454 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %455 = "stablehlo.add"(%447, %454) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %456 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %457 = "stablehlo.add"(%453, %456) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %458 = "stablehlo.broadcast_in_dim"(%412) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %459 = "stablehlo.add"(%457, %458) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %460 = "stablehlo.add"(%455, %459) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %461 = "stablehlo.broadcast_in_dim"(%415) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %462 = "stablehlo.shift_left"(%459, %461) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %463 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %464 = "stablehlo.shift_right_logical"(%459, %463) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %465 = "stablehlo.or"(%462, %464) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %466 = "stablehlo.xor"(%460, %465) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %467 = "stablehlo.add"(%460, %466) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %468 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %469 = "stablehlo.shift_left"(%466, %468) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %470 = "stablehlo.broadcast_in_dim"(%410) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %471 = "stablehlo.shift_right_logical"(%466, %470) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %472 = "stablehlo.or"(%469, %471) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %473 = "stablehlo.xor"(%467, %472) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %474 = "stablehlo.add"(%467, %473) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %475 = "stablehlo.broadcast_in_dim"(%409) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %476 = "stablehlo.shift_left"(%473, %475) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %477 = "stablehlo.broadcast_in_dim"(%409) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %478 = "stablehlo.shift_right_logical"(%473, %477) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %479 = "stablehlo.or"(%476, %478) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %480 = "stablehlo.xor"(%474, %479) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %481 = "stablehlo.add"(%474, %480) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %482 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %483 = "stablehlo.shift_left"(%480, %482) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %484 = "stablehlo.broadcast_in_dim"(%407) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %485 = "stablehlo.shift_right_logical"(%480, %484) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %486 = "stablehlo.or"(%483, %485) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %487 = "stablehlo.xor"(%481, %486) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %488 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %489 = "stablehlo.add"(%481, %488) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %490 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %491 = "stablehlo.add"(%487, %490) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %492 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %493 = "stablehlo.add"(%491, %492) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %494 = "stablehlo.add"(%489, %493) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %495 = "stablehlo.broadcast_in_dim"(%418) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %496 = "stablehlo.shift_left"(%493, %495) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %497 = "stablehlo.broadcast_in_dim"(%417) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %498 = "stablehlo.shift_right_logical"(%493, %497) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %499 = "stablehlo.or"(%496, %498) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %500 = "stablehlo.xor"(%494, %499) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %501 = "stablehlo.add"(%494, %500) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %502 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %503 = "stablehlo.shift_left"(%500, %502) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %504 = "stablehlo.broadcast_in_dim"(%415) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %505 = "stablehlo.shift_right_logical"(%500, %504) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %506 = "stablehlo.or"(%503, %505) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %507 = "stablehlo.xor"(%501, %506) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %508 = "stablehlo.add"(%501, %507) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %509 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %510 = "stablehlo.shift_left"(%507, %509) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %511 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %512 = "stablehlo.shift_right_logical"(%507, %511) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %513 = "stablehlo.or"(%510, %512) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %514 = "stablehlo.xor"(%508, %513) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %515 = "stablehlo.add"(%508, %514) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %516 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %517 = "stablehlo.shift_left"(%514, %516) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %518 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %519 = "stablehlo.shift_right_logical"(%514, %518) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %520 = "stablehlo.or"(%517, %519) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %521 = "stablehlo.xor"(%515, %520) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %522 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %523 = "stablehlo.add"(%515, %522) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %524 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %525 = "stablehlo.add"(%521, %524) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %526 = "stablehlo.broadcast_in_dim"(%410) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %527 = "stablehlo.add"(%525, %526) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %528 = "stablehlo.add"(%523, %527) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %529 = "stablehlo.broadcast_in_dim"(%415) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %530 = "stablehlo.shift_left"(%527, %529) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %531 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %532 = "stablehlo.shift_right_logical"(%527, %531) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %533 = "stablehlo.or"(%530, %532) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %534 = "stablehlo.xor"(%528, %533) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %535 = "stablehlo.add"(%528, %534) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %536 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %537 = "stablehlo.shift_left"(%534, %536) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %538 = "stablehlo.broadcast_in_dim"(%410) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %539 = "stablehlo.shift_right_logical"(%534, %538) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %540 = "stablehlo.or"(%537, %539) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %541 = "stablehlo.xor"(%535, %540) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %542 = "stablehlo.add"(%535, %541) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %543 = "stablehlo.broadcast_in_dim"(%409) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %544 = "stablehlo.shift_left"(%541, %543) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %545 = "stablehlo.broadcast_in_dim"(%409) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %546 = "stablehlo.shift_right_logical"(%541, %545) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %547 = "stablehlo.or"(%544, %546) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %548 = "stablehlo.xor"(%542, %547) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %549 = "stablehlo.add"(%542, %548) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %550 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %551 = "stablehlo.shift_left"(%548, %550) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %552 = "stablehlo.broadcast_in_dim"(%407) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %553 = "stablehlo.shift_right_logical"(%548, %552) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %554 = "stablehlo.or"(%551, %553) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %555 = "stablehlo.xor"(%549, %554) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %556 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %557 = "stablehlo.add"(%549, %556) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %558 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %559 = "stablehlo.add"(%555, %558) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %560 = "stablehlo.broadcast_in_dim"(%405) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %561 = "stablehlo.add"(%559, %560) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %562 = "stablehlo.add"(%557, %561) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %563 = "stablehlo.broadcast_in_dim"(%418) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %564 = "stablehlo.shift_left"(%561, %563) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %565 = "stablehlo.broadcast_in_dim"(%417) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %566 = "stablehlo.shift_right_logical"(%561, %565) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %567 = "stablehlo.or"(%564, %566) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %568 = "stablehlo.xor"(%562, %567) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %569 = "stablehlo.add"(%562, %568) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %570 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %571 = "stablehlo.shift_left"(%568, %570) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %572 = "stablehlo.broadcast_in_dim"(%415) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %573 = "stablehlo.shift_right_logical"(%568, %572) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %574 = "stablehlo.or"(%571, %573) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %575 = "stablehlo.xor"(%569, %574) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %576 = "stablehlo.add"(%569, %575) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %577 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %578 = "stablehlo.shift_left"(%575, %577) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %579 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %580 = "stablehlo.shift_right_logical"(%575, %579) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %581 = "stablehlo.or"(%578, %580) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %582 = "stablehlo.xor"(%576, %581) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %583 = "stablehlo.add"(%576, %582) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %584 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %585 = "stablehlo.shift_left"(%582, %584) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %586 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %587 = "stablehlo.shift_right_logical"(%582, %586) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %588 = "stablehlo.or"(%585, %587) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %589 = "stablehlo.xor"(%583, %588) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %590 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %591 = "stablehlo.add"(%583, %590) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %592 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %593 = "stablehlo.add"(%589, %592) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %594 = "stablehlo.broadcast_in_dim"(%404) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %595 = "stablehlo.add"(%593, %594) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    "func.return"(%591, %595) : (tensor<2xui32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<5xui32>, tensor<5xui32>) -> (tensor<5xui32>, tensor<5xui32>), sym_name = "threefry2x32_1", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<ui32>, %arg11: tensor<ui32>, %arg12: tensor<5xui32>, %arg13: tensor<5xui32>):
    %212 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %213 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %214 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %215 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %216 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %217 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %218 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %219 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %220 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %221 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %222 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %223 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %224 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %225 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %226 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %227 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %228 = "stablehlo.xor"(%arg10, %arg11) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %229 = "stablehlo.xor"(%228, %227) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %230 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %231 = "stablehlo.add"(%arg12, %230) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %232 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %233 = "stablehlo.add"(%arg13, %232) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %234 = "stablehlo.add"(%231, %233) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %235 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %236 = "stablehlo.shift_left"(%233, %235) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %237 = "stablehlo.broadcast_in_dim"(%225) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %238 = "stablehlo.shift_right_logical"(%233, %237) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %239 = "stablehlo.or"(%236, %238) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %240 = "stablehlo.xor"(%234, %239) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %241 = "stablehlo.add"(%234, %240) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %242 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %243 = "stablehlo.shift_left"(%240, %242) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %244 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %245 = "stablehlo.shift_right_logical"(%240, %244) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %246 = "stablehlo.or"(%243, %245) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %247 = "stablehlo.xor"(%241, %246) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %248 = "stablehlo.add"(%241, %247) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %249 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %250 = "stablehlo.shift_left"(%247, %249) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %251 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %252 = "stablehlo.shift_right_logical"(%247, %251) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %253 = "stablehlo.or"(%250, %252) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %254 = "stablehlo.xor"(%248, %253) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %255 = "stablehlo.add"(%248, %254) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %256 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %257 = "stablehlo.shift_left"(%254, %256) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %258 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %259 = "stablehlo.shift_right_logical"(%254, %258) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %260 = "stablehlo.or"(%257, %259) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %261 = "stablehlo.xor"(%255, %260) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %262 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %263 = "stablehlo.add"(%255, %262) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %264 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %265 = "stablehlo.add"(%261, %264) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %266 = "stablehlo.broadcast_in_dim"(%220) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %267 = "stablehlo.add"(%265, %266) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %268 = "stablehlo.add"(%263, %267) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %269 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %270 = "stablehlo.shift_left"(%267, %269) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %271 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %272 = "stablehlo.shift_right_logical"(%267, %271) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %273 = "stablehlo.or"(%270, %272) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %274 = "stablehlo.xor"(%268, %273) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %275 = "stablehlo.add"(%268, %274) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %276 = "stablehlo.broadcast_in_dim"(%219) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %277 = "stablehlo.shift_left"(%274, %276) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %278 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %279 = "stablehlo.shift_right_logical"(%274, %278) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %280 = "stablehlo.or"(%277, %279) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %281 = "stablehlo.xor"(%275, %280) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %282 = "stablehlo.add"(%275, %281) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %283 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %284 = "stablehlo.shift_left"(%281, %283) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %285 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %286 = "stablehlo.shift_right_logical"(%281, %285) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %287 = "stablehlo.or"(%284, %286) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %288 = "stablehlo.xor"(%282, %287) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %289 = "stablehlo.add"(%282, %288) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %290 = "stablehlo.broadcast_in_dim"(%216) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %291 = "stablehlo.shift_left"(%288, %290) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %292 = "stablehlo.broadcast_in_dim"(%215) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %293 = "stablehlo.shift_right_logical"(%288, %292) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %294 = "stablehlo.or"(%291, %293) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %295 = "stablehlo.xor"(%289, %294) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %296 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %297 = "stablehlo.add"(%289, %296) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %298 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %299 = "stablehlo.add"(%295, %298) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %300 = "stablehlo.broadcast_in_dim"(%214) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %301 = "stablehlo.add"(%299, %300) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %302 = "stablehlo.add"(%297, %301) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %303 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %304 = "stablehlo.shift_left"(%301, %303) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %305 = "stablehlo.broadcast_in_dim"(%225) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %306 = "stablehlo.shift_right_logical"(%301, %305) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %307 = "stablehlo.or"(%304, %306) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %308 = "stablehlo.xor"(%302, %307) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %309 = "stablehlo.add"(%302, %308) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %310 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %311 = "stablehlo.shift_left"(%308, %310) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %312 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %313 = "stablehlo.shift_right_logical"(%308, %312) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %314 = "stablehlo.or"(%311, %313) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %315 = "stablehlo.xor"(%309, %314) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %316 = "stablehlo.add"(%309, %315) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %317 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %318 = "stablehlo.shift_left"(%315, %317) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %319 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %320 = "stablehlo.shift_right_logical"(%315, %319) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %321 = "stablehlo.or"(%318, %320) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %322 = "stablehlo.xor"(%316, %321) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %323 = "stablehlo.add"(%316, %322) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %324 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %325 = "stablehlo.shift_left"(%322, %324) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %326 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %327 = "stablehlo.shift_right_logical"(%322, %326) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %328 = "stablehlo.or"(%325, %327) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %329 = "stablehlo.xor"(%323, %328) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %330 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %331 = "stablehlo.add"(%323, %330) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %332 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %333 = "stablehlo.add"(%329, %332) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %334 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %335 = "stablehlo.add"(%333, %334) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %336 = "stablehlo.add"(%331, %335) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %337 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %338 = "stablehlo.shift_left"(%335, %337) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %339 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %340 = "stablehlo.shift_right_logical"(%335, %339) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %341 = "stablehlo.or"(%338, %340) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %342 = "stablehlo.xor"(%336, %341) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %343 = "stablehlo.add"(%336, %342) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %344 = "stablehlo.broadcast_in_dim"(%219) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %345 = "stablehlo.shift_left"(%342, %344) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %346 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %347 = "stablehlo.shift_right_logical"(%342, %346) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %348 = "stablehlo.or"(%345, %347) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %349 = "stablehlo.xor"(%343, %348) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %350 = "stablehlo.add"(%343, %349) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %351 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %352 = "stablehlo.shift_left"(%349, %351) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %353 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %354 = "stablehlo.shift_right_logical"(%349, %353) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %355 = "stablehlo.or"(%352, %354) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %356 = "stablehlo.xor"(%350, %355) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %357 = "stablehlo.add"(%350, %356) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %358 = "stablehlo.broadcast_in_dim"(%216) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %359 = "stablehlo.shift_left"(%356, %358) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %360 = "stablehlo.broadcast_in_dim"(%215) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %361 = "stablehlo.shift_right_logical"(%356, %360) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %362 = "stablehlo.or"(%359, %361) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %363 = "stablehlo.xor"(%357, %362) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %364 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %365 = "stablehlo.add"(%357, %364) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %366 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %367 = "stablehlo.add"(%363, %366) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %368 = "stablehlo.broadcast_in_dim"(%213) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %369 = "stablehlo.add"(%367, %368) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %370 = "stablehlo.add"(%365, %369) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %371 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %372 = "stablehlo.shift_left"(%369, %371) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %373 = "stablehlo.broadcast_in_dim"(%225) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %374 = "stablehlo.shift_right_logical"(%369, %373) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %375 = "stablehlo.or"(%372, %374) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %376 = "stablehlo.xor"(%370, %375) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %377 = "stablehlo.add"(%370, %376) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %378 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %379 = "stablehlo.shift_left"(%376, %378) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %380 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %381 = "stablehlo.shift_right_logical"(%376, %380) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %382 = "stablehlo.or"(%379, %381) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %383 = "stablehlo.xor"(%377, %382) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %384 = "stablehlo.add"(%377, %383) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %385 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %386 = "stablehlo.shift_left"(%383, %385) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %387 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %388 = "stablehlo.shift_right_logical"(%383, %387) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %389 = "stablehlo.or"(%386, %388) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %390 = "stablehlo.xor"(%384, %389) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %391 = "stablehlo.add"(%384, %390) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %392 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %393 = "stablehlo.shift_left"(%390, %392) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %394 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %395 = "stablehlo.shift_right_logical"(%390, %394) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %396 = "stablehlo.or"(%393, %395) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %397 = "stablehlo.xor"(%391, %396) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %398 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %399 = "stablehlo.add"(%391, %398) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %400 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %401 = "stablehlo.add"(%397, %400) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %402 = "stablehlo.broadcast_in_dim"(%212) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %403 = "stablehlo.add"(%401, %402) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    "func.return"(%399, %403) : (tensor<5xui32>, tensor<5xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xui32>, tensor<8xi32>) -> tensor<8xi32>, res_attrs = [{}], sym_name = "_shuffle", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<2xui32>, %arg5: tensor<8xi32>):
    %192 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %193 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %194 = "func.call"(%arg4) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %195 = "stablehlo.slice"(%194) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %196 = "stablehlo.reshape"(%195) : (tensor<1x2xui32>) -> tensor<2xui32>
    %197 = "stablehlo.slice"(%196) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %198 = "stablehlo.reshape"(%197) : (tensor<1xui32>) -> tensor<ui32>
    %199 = "stablehlo.slice"(%196) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %200 = "stablehlo.reshape"(%199) : (tensor<1xui32>) -> tensor<ui32>
    %201 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xui64>
    %202 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<8xui64>
    %203 = "stablehlo.multiply"(%202, %201) : (tensor<8xui64>, tensor<8xui64>) -> tensor<8xui64>
    %204 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<8xui64>
    %205 = "stablehlo.shift_right_logical"(%203, %204) : (tensor<8xui64>, tensor<8xui64>) -> tensor<8xui64>
    %206 = "stablehlo.convert"(%203) : (tensor<8xui64>) -> tensor<8xui32>
    %207 = "stablehlo.convert"(%205) : (tensor<8xui64>) -> tensor<8xui32>
    %208:2 = "func.call"(%198, %200, %207, %206) <{callee = @threefry2x32_2}> : (tensor<ui32>, tensor<ui32>, tensor<8xui32>, tensor<8xui32>) -> (tensor<8xui32>, tensor<8xui32>)
    %209 = "stablehlo.xor"(%208#0, %208#1) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %210:2 = "stablehlo.sort"(%209, %arg5) <{dimension = 0 : i64, is_stable = true}> ({
    ^bb0(%arg6: tensor<ui32>, %arg7: tensor<ui32>, %arg8: tensor<i32>, %arg9: tensor<i32>):
      %211 = "stablehlo.compare"(%arg6, %arg7) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<ui32>, tensor<ui32>) -> tensor<i1>
      "stablehlo.return"(%211) : (tensor<i1>) -> ()
    }) : (tensor<8xui32>, tensor<8xi32>) -> (tensor<8xui32>, tensor<8xi32>)
    "func.return"(%210#1) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<8xui32>, tensor<8xui32>) -> (tensor<8xui32>, tensor<8xui32>), sym_name = "threefry2x32_2", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<ui32>, %arg1: tensor<ui32>, %arg2: tensor<8xui32>, %arg3: tensor<8xui32>):
    %0 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %1 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %2 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %3 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %4 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %5 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %6 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %7 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %8 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %9 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %10 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %11 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %12 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %13 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %14 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %15 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %16 = "stablehlo.xor"(%arg0, %arg1) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %17 = "stablehlo.xor"(%16, %15) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %18 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %19 = "stablehlo.add"(%arg2, %18) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %20 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %21 = "stablehlo.add"(%arg3, %20) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %22 = "stablehlo.add"(%19, %21) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %23 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %24 = "stablehlo.shift_left"(%21, %23) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %25 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %26 = "stablehlo.shift_right_logical"(%21, %25) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %27 = "stablehlo.or"(%24, %26) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %28 = "stablehlo.xor"(%22, %27) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %29 = "stablehlo.add"(%22, %28) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %30 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %31 = "stablehlo.shift_left"(%28, %30) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %32 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %33 = "stablehlo.shift_right_logical"(%28, %32) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %34 = "stablehlo.or"(%31, %33) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %35 = "stablehlo.xor"(%29, %34) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %36 = "stablehlo.add"(%29, %35) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %37 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %38 = "stablehlo.shift_left"(%35, %37) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %39 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %40 = "stablehlo.shift_right_logical"(%35, %39) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %41 = "stablehlo.or"(%38, %40) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %42 = "stablehlo.xor"(%36, %41) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %43 = "stablehlo.add"(%36, %42) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %44 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %45 = "stablehlo.shift_left"(%42, %44) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %46 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %47 = "stablehlo.shift_right_logical"(%42, %46) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %48 = "stablehlo.or"(%45, %47) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %49 = "stablehlo.xor"(%43, %48) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %50 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %51 = "stablehlo.add"(%43, %50) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %52 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %53 = "stablehlo.add"(%49, %52) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %54 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %55 = "stablehlo.add"(%53, %54) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %56 = "stablehlo.add"(%51, %55) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %57 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %58 = "stablehlo.shift_left"(%55, %57) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %59 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %60 = "stablehlo.shift_right_logical"(%55, %59) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %61 = "stablehlo.or"(%58, %60) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %62 = "stablehlo.xor"(%56, %61) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %63 = "stablehlo.add"(%56, %62) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %64 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %65 = "stablehlo.shift_left"(%62, %64) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %66 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %67 = "stablehlo.shift_right_logical"(%62, %66) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %68 = "stablehlo.or"(%65, %67) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %69 = "stablehlo.xor"(%63, %68) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %70 = "stablehlo.add"(%63, %69) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %71 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %72 = "stablehlo.shift_left"(%69, %71) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %73 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %74 = "stablehlo.shift_right_logical"(%69, %73) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %75 = "stablehlo.or"(%72, %74) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %76 = "stablehlo.xor"(%70, %75) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %77 = "stablehlo.add"(%70, %76) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %78 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %79 = "stablehlo.shift_left"(%76, %78) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %80 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %81 = "stablehlo.shift_right_logical"(%76, %80) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %82 = "stablehlo.or"(%79, %81) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %83 = "stablehlo.xor"(%77, %82) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %84 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %85 = "stablehlo.add"(%77, %84) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %86 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %87 = "stablehlo.add"(%83, %86) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %88 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %89 = "stablehlo.add"(%87, %88) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %90 = "stablehlo.add"(%85, %89) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %91 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %92 = "stablehlo.shift_left"(%89, %91) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %93 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %94 = "stablehlo.shift_right_logical"(%89, %93) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %95 = "stablehlo.or"(%92, %94) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %96 = "stablehlo.xor"(%90, %95) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %97 = "stablehlo.add"(%90, %96) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %98 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %99 = "stablehlo.shift_left"(%96, %98) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %100 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %101 = "stablehlo.shift_right_logical"(%96, %100) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %102 = "stablehlo.or"(%99, %101) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %103 = "stablehlo.xor"(%97, %102) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %104 = "stablehlo.add"(%97, %103) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %105 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %106 = "stablehlo.shift_left"(%103, %105) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %107 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %108 = "stablehlo.shift_right_logical"(%103, %107) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %109 = "stablehlo.or"(%106, %108) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %110 = "stablehlo.xor"(%104, %109) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %111 = "stablehlo.add"(%104, %110) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %112 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %113 = "stablehlo.shift_left"(%110, %112) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %114 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %115 = "stablehlo.shift_right_logical"(%110, %114) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %116 = "stablehlo.or"(%113, %115) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %117 = "stablehlo.xor"(%111, %116) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %118 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %119 = "stablehlo.add"(%111, %118) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %120 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %121 = "stablehlo.add"(%117, %120) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %122 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %123 = "stablehlo.add"(%121, %122) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %124 = "stablehlo.add"(%119, %123) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %125 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %126 = "stablehlo.shift_left"(%123, %125) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %127 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %128 = "stablehlo.shift_right_logical"(%123, %127) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %129 = "stablehlo.or"(%126, %128) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %130 = "stablehlo.xor"(%124, %129) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %131 = "stablehlo.add"(%124, %130) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %132 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %133 = "stablehlo.shift_left"(%130, %132) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %134 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %135 = "stablehlo.shift_right_logical"(%130, %134) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %136 = "stablehlo.or"(%133, %135) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %137 = "stablehlo.xor"(%131, %136) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %138 = "stablehlo.add"(%131, %137) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %139 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %140 = "stablehlo.shift_left"(%137, %139) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %141 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %142 = "stablehlo.shift_right_logical"(%137, %141) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %143 = "stablehlo.or"(%140, %142) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %144 = "stablehlo.xor"(%138, %143) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %145 = "stablehlo.add"(%138, %144) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %146 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %147 = "stablehlo.shift_left"(%144, %146) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %148 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %149 = "stablehlo.shift_right_logical"(%144, %148) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %150 = "stablehlo.or"(%147, %149) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %151 = "stablehlo.xor"(%145, %150) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %152 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %153 = "stablehlo.add"(%145, %152) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %154 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %155 = "stablehlo.add"(%151, %154) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %156 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %157 = "stablehlo.add"(%155, %156) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %158 = "stablehlo.add"(%153, %157) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %159 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %160 = "stablehlo.shift_left"(%157, %159) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %161 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %162 = "stablehlo.shift_right_logical"(%157, %161) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %163 = "stablehlo.or"(%160, %162) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %164 = "stablehlo.xor"(%158, %163) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %165 = "stablehlo.add"(%158, %164) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %166 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %167 = "stablehlo.shift_left"(%164, %166) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %168 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %169 = "stablehlo.shift_right_logical"(%164, %168) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %170 = "stablehlo.or"(%167, %169) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %171 = "stablehlo.xor"(%165, %170) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %172 = "stablehlo.add"(%165, %171) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %173 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %174 = "stablehlo.shift_left"(%171, %173) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %175 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %176 = "stablehlo.shift_right_logical"(%171, %175) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %177 = "stablehlo.or"(%174, %176) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %178 = "stablehlo.xor"(%172, %177) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %179 = "stablehlo.add"(%172, %178) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %180 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %181 = "stablehlo.shift_left"(%178, %180) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %182 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %183 = "stablehlo.shift_right_logical"(%178, %182) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %184 = "stablehlo.or"(%181, %183) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %185 = "stablehlo.xor"(%179, %184) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %186 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %187 = "stablehlo.add"(%179, %186) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %188 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %189 = "stablehlo.add"(%185, %188) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %190 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %191 = "stablehlo.add"(%189, %190) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    "func.return"(%187, %191) : (tensor<8xui32>, tensor<8xui32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
